import { testCheck } from "../../../test/support/check-table.js";
import table from "./test-data-approved.cases.js";
import check from "./test-data-approved.js";

testCheck(check, table);
