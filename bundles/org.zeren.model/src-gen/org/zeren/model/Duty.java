/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duty</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A duty (清单事项): one item of a duty list: what must be done, by the holder of the list, on which legal basis, how often, supervised by whom and what follows when it is not done. Duties link into responsibility chains (责任链) through delegatedFrom.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.Duty#getCode <em>Code</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getTitle <em>Title</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getText <em>Text</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getWorkArea <em>Work Area</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getLegalReferences <em>Legal References</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getSupervisingParties <em>Supervising Parties</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getDelegatedFrom <em>Delegated From</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getAccountabilityMeasures <em>Accountability Measures</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getRequiredEvidence <em>Required Evidence</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getList <em>List</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getCategory <em>Category</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getGroup <em>Group</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getSupervisionMethod <em>Supervision Method</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getDeadlineText <em>Deadline Text</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getAccountabilityCases <em>Accountability Cases</em>}</li>
 *   <li>{@link org.zeren.model.Duty#getOtherColumns <em>Other Columns</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getDuty()
 * @model abstract="true"
 * @generated
 */
public interface Duty extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the duty, unique within its list when set (checked by validation), e.g. Q-01 or 1.3; null when the list is not numbered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.zeren.model.ZerenPackage#getDuty_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short title of the duty, e.g. 建立健全全员安全生产责任制.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.zeren.model.ZerenPackage#getDuty_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full text of the duty as written in the source list; null when the title says it all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.zeren.model.ZerenPackage#getDuty_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Work Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work area the duty belongs to; null when it belongs to none in particular.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Area</em>' reference.
	 * @see #setWorkArea(WorkArea)
	 * @see org.zeren.model.ZerenPackage#getDuty_WorkArea()
	 * @model
	 * @generated
	 */
	WorkArea getWorkArea();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getWorkArea <em>Work Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Area</em>' reference.
	 * @see #getWorkArea()
	 * @generated
	 */
	void setWorkArea(WorkArea value);

	/**
	 * Returns the value of the '<em><b>Legal References</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.LegalReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The legal references (依据条款) the duty rests on, in citation order. Empty when no basis is recorded; validation warns about such a duty, since power and responsibility lists must state their basis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal References</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getDuty_LegalReferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<LegalReference> getLegalReferences();

	/**
	 * Returns the value of the '<em><b>Supervising Parties</b></em>' reference list.
	 * The list contents are of type {@link org.zeren.model.Party}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parties that supervise or check the performance of this duty (监督主体), e.g. the committee office for a department's duty. Empty when none is named.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supervising Parties</em>' reference list.
	 * @see org.zeren.model.ZerenPackage#getDuty_SupervisingParties()
	 * @model
	 * @generated
	 */
	EList<Party> getSupervisingParties();

	/**
	 * Returns the value of the '<em><b>Delegated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The upstream duty that this one implements (the responsibility chain, 责任链): e.g. a department's responsibility implementing a committee task, an enterprise obligation implementing a supervisory requirement, a post duty implementing an enterprise obligation. Null at the top of a chain. Must not form a cycle (checked by validation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delegated From</em>' reference.
	 * @see #setDelegatedFrom(Duty)
	 * @see org.zeren.model.ZerenPackage#getDuty_DelegatedFrom()
	 * @model
	 * @generated
	 */
	Duty getDelegatedFrom();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getDelegatedFrom <em>Delegated From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delegated From</em>' reference.
	 * @see #getDelegatedFrom()
	 * @generated
	 */
	void setDelegatedFrom(Duty value);

	/**
	 * Returns the value of the '<em><b>Recurrence</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.model.Recurrence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the duty is performed. NONE (the default) means once, by the deadline if one is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recurrence</em>' attribute.
	 * @see org.zeren.model.Recurrence
	 * @see #setRecurrence(Recurrence)
	 * @see org.zeren.model.ZerenPackage#getDuty_Recurrence()
	 * @model
	 * @generated
	 */
	Recurrence getRecurrence();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getRecurrence <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence</em>' attribute.
	 * @see org.zeren.model.Recurrence
	 * @see #getRecurrence()
	 * @generated
	 */
	void setRecurrence(Recurrence value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date by which the duty must be done (完成时限); null when there is none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.zeren.model.ZerenPackage#getDuty_Deadline()
	 * @model dataType="org.zeren.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Accountability Measures</b></em>' attribute list.
	 * The list contents are of type {@link org.zeren.model.AccountabilityMeasure}.
	 * The literals are from the enumeration {@link org.zeren.model.AccountabilityMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Consequences that follow when the duty is not performed (失职追责), each at most once. Empty when the list names none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accountability Measures</em>' attribute list.
	 * @see org.zeren.model.AccountabilityMeasure
	 * @see org.zeren.model.ZerenPackage#getDuty_AccountabilityMeasures()
	 * @model
	 * @generated
	 */
	EList<AccountabilityMeasure> getAccountabilityMeasures();

	/**
	 * Returns the value of the '<em><b>Required Evidence</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records that prove performance (履职记录/佐证材料), one text per item, e.g. 检查记录, 培训签到表. Empty when none is required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Evidence</em>' attribute list.
	 * @see org.zeren.model.ZerenPackage#getDuty_RequiredEvidence()
	 * @model
	 * @generated
	 */
	EList<String> getRequiredEvidence();

	/**
	 * Returns the value of the '<em><b>List</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.zeren.model.DutyList#getDuties <em>Duties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The list that contains this duty (container of DutyList.duties); null only while the duty is not in a list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>List</em>' container reference.
	 * @see #setList(DutyList)
	 * @see org.zeren.model.ZerenPackage#getDuty_List()
	 * @see org.zeren.model.DutyList#getDuties
	 * @model opposite="duties"
	 * @generated
	 */
	DutyList getList();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getList <em>List</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>List</em>' container reference.
	 * @see #getList()
	 * @generated
	 */
	void setList(DutyList value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Category of the duty as the source list names it (事项类别), e.g. 行政处罚, 行政检查, 日常管理; null when the list has no category. Kept as written; for a Power the kind is in Power.powerKind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.zeren.model.ZerenPackage#getDuty_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The grouping (section) of its list the duty is in, one of list.groups or of their subgroups; null when the duty is in no grouping.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(DutyGroup)
	 * @see org.zeren.model.ZerenPackage#getDuty_Group()
	 * @model
	 * @generated
	 */
	DutyGroup getGroup();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(DutyGroup value);

	/**
	 * Returns the value of the '<em><b>Supervision Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the performance of the duty is supervised or checked (监督方式, 监督检查方式), as written, e.g. 日常检查、年度考核; null when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supervision Method</em>' attribute.
	 * @see #setSupervisionMethod(String)
	 * @see org.zeren.model.ZerenPackage#getDuty_SupervisionMethod()
	 * @model
	 * @generated
	 */
	String getSupervisionMethod();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getSupervisionMethod <em>Supervision Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervision Method</em>' attribute.
	 * @see #getSupervisionMethod()
	 * @generated
	 */
	void setSupervisionMethod(String value);

	/**
	 * Returns the value of the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time limit as written when it is not a calendar date (完成时限), e.g. 立即, 长期, 每年12月底前, 事故发生后1小时内; null when there is none or when Duty.deadline holds it as a date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline Text</em>' attribute.
	 * @see #setDeadlineText(String)
	 * @see org.zeren.model.ZerenPackage#getDuty_DeadlineText()
	 * @model
	 * @generated
	 */
	String getDeadlineText();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getDeadlineText <em>Deadline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline Text</em>' attribute.
	 * @see #getDeadlineText()
	 * @generated
	 */
	void setDeadlineText(String value);

	/**
	 * Returns the value of the '<em><b>Accountability Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cases in which the holder is held accountable (追责情形, 问责情形), as written, often several numbered sentences; null when the list states none. The measures themselves are in Duty.accountabilityMeasures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accountability Cases</em>' attribute.
	 * @see #setAccountabilityCases(String)
	 * @see org.zeren.model.ZerenPackage#getDuty_AccountabilityCases()
	 * @model
	 * @generated
	 */
	String getAccountabilityCases();

	/**
	 * Sets the value of the '{@link org.zeren.model.Duty#getAccountabilityCases <em>Accountability Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accountability Cases</em>' attribute.
	 * @see #getAccountabilityCases()
	 * @generated
	 */
	void setAccountabilityCases(String value);

	/**
	 * Returns the value of the '<em><b>Other Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.ColumnValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values of source spreadsheet columns that no feature of the duty takes (e.g. 责任领导, 联系电话), each with its column heading, in column order, so an import loses nothing; export writes them back as columns. Empty when there were none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Columns</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getDuty_OtherColumns()
	 * @model containment="true"
	 * @generated
	 */
	EList<ColumnValue> getOtherColumns();

} // Duty
