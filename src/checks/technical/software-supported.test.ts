import { testCheck } from "../../../test/support/check-table.js";
import table from "./software-supported.cases.js";
import check from "./software-supported.js";

testCheck(check, table);
