import { testCheck } from "../../../test/support/check-table.js";
import table from "./beta-terminal-edr.cases.js";
import check from "./beta-terminal-edr.js";

testCheck(check, table);
