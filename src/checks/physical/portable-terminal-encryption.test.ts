import { testCheck } from "../../../test/support/check-table.js";
import table from "./portable-terminal-encryption.cases.js";
import check from "./portable-terminal-encryption.js";

testCheck(check, table);
