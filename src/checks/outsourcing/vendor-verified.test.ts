import { testCheck } from "../../../test/support/check-table.js";
import table from "./vendor-verified.cases.js";
import check from "./vendor-verified.js";

testCheck(check, table);
