import { testCheck } from "../../../test/support/check-table.js";
import table from "./integrity-protected.cases.js";
import check from "./integrity-protected.js";

testCheck(check, table);
