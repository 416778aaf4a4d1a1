import { testCheck } from "../../../test/support/check-table.js";
import table from "./policy-review-current.cases.js";
import check from "./policy-review-current.js";

testCheck(check, table);
