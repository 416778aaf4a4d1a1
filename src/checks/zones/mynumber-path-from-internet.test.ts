import { testCheck } from "../../../test/support/check-table.js";
import table from "./mynumber-path-from-internet.cases.js";
import check from "./mynumber-path-from-internet.js";

testCheck(check, table);
