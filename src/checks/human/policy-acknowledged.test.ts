import { testCheck } from "../../../test/support/check-table.js";
import table from "./policy-acknowledged.cases.js";
import check from "./policy-acknowledged.js";

testCheck(check, table);
