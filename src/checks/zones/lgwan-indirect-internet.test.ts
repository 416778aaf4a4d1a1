import { testCheck } from "../../../test/support/check-table.js";
import table from "./lgwan-indirect-internet.cases.js";
import check from "./lgwan-indirect-internet.js";

testCheck(check, table);
