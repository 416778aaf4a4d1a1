import { testCheck } from "../../../test/support/check-table.js";
import table from "./boundary-ports-restricted.cases.js";
import check from "./boundary-ports-restricted.js";

testCheck(check, table);
