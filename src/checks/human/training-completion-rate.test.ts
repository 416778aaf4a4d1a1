import { testCheck } from "../../../test/support/check-table.js";
import table from "./training-completion-rate.cases.js";
import check from "./training-completion-rate.js";

testCheck(check, table);
