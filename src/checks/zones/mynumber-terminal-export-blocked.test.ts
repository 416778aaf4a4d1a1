import { testCheck } from "../../../test/support/check-table.js";
import table from "./mynumber-terminal-export-blocked.cases.js";
import check from "./mynumber-terminal-export-blocked.js";

testCheck(check, table);
