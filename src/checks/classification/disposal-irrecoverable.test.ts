import { testCheck } from "../../../test/support/check-table.js";
import table from "./disposal-irrecoverable.cases.js";
import check from "./disposal-irrecoverable.js";

testCheck(check, table);
