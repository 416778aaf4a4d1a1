import { testCheck } from "../../../test/support/check-table.js";
import table from "./mynumber-data-in-mynumber-zone.cases.js";
import check from "./mynumber-data-in-mynumber-zone.js";

testCheck(check, table);
