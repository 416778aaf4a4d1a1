import { testCheck } from "../../../test/support/check-table.js";
import table from "./access-review-current.cases.js";
import check from "./access-review-current.js";

testCheck(check, table);
