import { testCheck } from "../../../test/support/check-table.js";
import table from "./unique-user-ids.cases.js";
import check from "./unique-user-ids.js";

testCheck(check, table);
