import { testCheck } from "../../../test/support/check-table.js";
import table from "./dev-test-separated.cases.js";
import check from "./dev-test-separated.js";

testCheck(check, table);
