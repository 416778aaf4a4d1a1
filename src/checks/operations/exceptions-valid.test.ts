import { testCheck } from "../../../test/support/check-table.js";
import table from "./exceptions-valid.cases.js";
import check from "./exceptions-valid.js";

testCheck(check, table);
