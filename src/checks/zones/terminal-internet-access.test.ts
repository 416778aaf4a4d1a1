import { testCheck } from "../../../test/support/check-table.js";
import table from "./terminal-internet-access.cases.js";
import check from "./terminal-internet-access.js";

testCheck(check, table);
