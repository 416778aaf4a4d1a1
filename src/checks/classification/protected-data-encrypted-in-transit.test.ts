import { testCheck } from "../../../test/support/check-table.js";
import table from "./protected-data-encrypted-in-transit.cases.js";
import check from "./protected-data-encrypted-in-transit.js";

testCheck(check, table);
