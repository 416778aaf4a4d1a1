import { testCheck } from "../../../test/support/check-table.js";
import table from "./lgwan-no-direct-internet.cases.js";
import check from "./lgwan-no-direct-internet.js";

testCheck(check, table);
