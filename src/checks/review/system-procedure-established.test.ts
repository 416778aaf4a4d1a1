import { testCheck } from "../../../test/support/check-table.js";
import table from "./system-procedure-established.cases.js";
import check from "./system-procedure-established.js";

testCheck(check, table);
