import { testCheck } from "../../../test/support/check-table.js";
import table from "./critical-data-backed-up.cases.js";
import check from "./critical-data-backed-up.js";

testCheck(check, table);
