import { testCheck } from "../../../test/support/check-table.js";
import table from "./server-site-environmental.cases.js";
import check from "./server-site-environmental.js";

testCheck(check, table);
