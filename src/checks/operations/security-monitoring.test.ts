import { testCheck } from "../../../test/support/check-table.js";
import table from "./security-monitoring.cases.js";
import check from "./security-monitoring.js";

testCheck(check, table);
