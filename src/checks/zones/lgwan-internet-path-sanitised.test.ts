import { testCheck } from "../../../test/support/check-table.js";
import table from "./lgwan-internet-path-sanitised.cases.js";
import check from "./lgwan-internet-path-sanitised.js";

testCheck(check, table);
