import { testCheck } from "../../../test/support/check-table.js";
import table from "./standards-established.cases.js";
import check from "./standards-established.js";

testCheck(check, table);
