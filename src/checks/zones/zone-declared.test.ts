import { testCheck } from "../../../test/support/check-table.js";
import table from "./zone-declared.cases.js";
import check from "./zone-declared.js";

testCheck(check, table);
