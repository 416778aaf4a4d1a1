import { testCheck } from "../../../test/support/check-table.js";
import table from "./internet-zone-monitoring.cases.js";
import check from "./internet-zone-monitoring.js";

testCheck(check, table);
