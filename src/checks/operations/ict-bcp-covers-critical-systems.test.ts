import { testCheck } from "../../../test/support/check-table.js";
import table from "./ict-bcp-covers-critical-systems.cases.js";
import check from "./ict-bcp-covers-critical-systems.js";

testCheck(check, table);
