import { testCheck } from "../../../test/support/check-table.js";
import table from "./server-generator.cases.js";
import check from "./server-generator.js";

testCheck(check, table);
