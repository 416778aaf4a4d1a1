import { testCheck } from "../../../test/support/check-table.js";
import table from "./screen-lock.cases.js";
import check from "./screen-lock.js";

testCheck(check, table);
