import { testCheck } from "../../../test/support/check-table.js";
import table from "./roles-not-combined.cases.js";
import check from "./roles-not-combined.js";

testCheck(check, table);
