/** The urging letter as a .docx in the form of Nghị định 30/2020/NĐ-CP, ready for the office to edit and sign. */
package vn.dondoc.messages.letter;
