import { testCheck } from "../../../test/support/check-table.js";
import table from "./log-integrity.cases.js";
import check from "./log-integrity.js";

testCheck(check, table);
