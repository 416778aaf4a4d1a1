import { testCheck } from "../../../test/support/check-table.js";
import table from "./mynumber-connections-restricted.cases.js";
import check from "./mynumber-connections-restricted.js";

testCheck(check, table);
