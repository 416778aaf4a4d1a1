import { testCheck } from "../../../test/support/check-table.js";
import table from "./server-site-access-control.cases.js";
import check from "./server-site-access-control.js";

testCheck(check, table);
