import { testCheck } from "../../../test/support/check-table.js";
import table from "./system-vendors-contracted.cases.js";
import check from "./system-vendors-contracted.js";

testCheck(check, table);
