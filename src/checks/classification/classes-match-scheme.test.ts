import { testCheck } from "../../../test/support/check-table.js";
import table from "./classes-match-scheme.cases.js";
import check from "./classes-match-scheme.js";

testCheck(check, table);
