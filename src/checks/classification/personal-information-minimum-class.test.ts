import { testCheck } from "../../../test/support/check-table.js";
import table from "./personal-information-minimum-class.cases.js";
import check from "./personal-information-minimum-class.js";

testCheck(check, table);
