import { testCheck } from "../../../test/support/check-table.js";
import table from "./lgwan-terminal-browsing.cases.js";
import check from "./lgwan-terminal-browsing.js";

testCheck(check, table);
