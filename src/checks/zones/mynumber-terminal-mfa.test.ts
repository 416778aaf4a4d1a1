import { testCheck } from "../../../test/support/check-table.js";
import table from "./mynumber-terminal-mfa.cases.js";
import check from "./mynumber-terminal-mfa.js";

testCheck(check, table);
