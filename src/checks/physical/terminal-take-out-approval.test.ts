import { testCheck } from "../../../test/support/check-table.js";
import table from "./terminal-take-out-approval.cases.js";
import check from "./terminal-take-out-approval.js";

testCheck(check, table);
