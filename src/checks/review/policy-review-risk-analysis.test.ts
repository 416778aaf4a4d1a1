import { testCheck } from "../../../test/support/check-table.js";
import table from "./policy-review-risk-analysis.cases.js";
import check from "./policy-review-risk-analysis.js";

testCheck(check, table);
