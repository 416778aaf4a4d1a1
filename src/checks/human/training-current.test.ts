import { testCheck } from "../../../test/support/check-table.js";
import table from "./training-current.cases.js";
import check from "./training-current.js";

testCheck(check, table);
