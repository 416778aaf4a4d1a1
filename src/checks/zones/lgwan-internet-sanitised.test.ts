import { testCheck } from "../../../test/support/check-table.js";
import table from "./lgwan-internet-sanitised.cases.js";
import check from "./lgwan-internet-sanitised.js";

testCheck(check, table);
