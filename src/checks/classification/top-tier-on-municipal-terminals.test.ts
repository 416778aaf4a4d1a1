import { testCheck } from "../../../test/support/check-table.js";
import table from "./top-tier-on-municipal-terminals.cases.js";
import check from "./top-tier-on-municipal-terminals.js";

testCheck(check, table);
