import { testCheck } from "../../../test/support/check-table.js";
import table from "./csirt-established.cases.js";
import check from "./csirt-established.js";

testCheck(check, table);
