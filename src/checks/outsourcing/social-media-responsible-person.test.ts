import { testCheck } from "../../../test/support/check-table.js";
import table from "./social-media-responsible-person.cases.js";
import check from "./social-media-responsible-person.js";

testCheck(check, table);
