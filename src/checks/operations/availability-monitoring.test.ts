import { testCheck } from "../../../test/support/check-table.js";
import table from "./availability-monitoring.cases.js";
import check from "./availability-monitoring.js";

testCheck(check, table);
