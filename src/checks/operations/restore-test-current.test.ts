import { testCheck } from "../../../test/support/check-table.js";
import table from "./restore-test-current.cases.js";
import check from "./restore-test-current.js";

testCheck(check, table);
