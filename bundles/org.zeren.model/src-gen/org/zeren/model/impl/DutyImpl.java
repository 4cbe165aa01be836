/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.ColumnValue;
import org.zeren.model.Duty;
import org.zeren.model.DutyGroup;
import org.zeren.model.DutyList;
import org.zeren.model.LegalReference;
import org.zeren.model.Party;
import org.zeren.model.Recurrence;
import org.zeren.model.WorkArea;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Duty</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getWorkArea <em>Work Area</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getLegalReferences <em>Legal References</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getSupervisingParties <em>Supervising Parties</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getDelegatedFrom <em>Delegated From</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getAccountabilityMeasures <em>Accountability Measures</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getRequiredEvidence <em>Required Evidence</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getList <em>List</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getSupervisionMethod <em>Supervision Method</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getDeadlineText <em>Deadline Text</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getAccountabilityCases <em>Accountability Cases</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyImpl#getOtherColumns <em>Other Columns</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DutyImpl extends ModelElementImpl implements Duty {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWorkArea() <em>Work Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkArea()
	 * @generated
	 * @ordered
	 */
	protected WorkArea workArea;

	/**
	 * The cached value of the '{@link #getLegalReferences() <em>Legal References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<LegalReference> legalReferences;

	/**
	 * The cached value of the '{@link #getSupervisingParties() <em>Supervising Parties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisingParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Party> supervisingParties;

	/**
	 * The cached value of the '{@link #getDelegatedFrom() <em>Delegated From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelegatedFrom()
	 * @generated
	 * @ordered
	 */
	protected Duty delegatedFrom;

	/**
	 * The default value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected static final Recurrence RECURRENCE_EDEFAULT = Recurrence.NONE;

	/**
	 * The cached value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected Recurrence recurrence = RECURRENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccountabilityMeasures() <em>Accountability Measures</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountabilityMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountabilityMeasure> accountabilityMeasures;

	/**
	 * The cached value of the '{@link #getRequiredEvidence() <em>Required Evidence</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requiredEvidence;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected DutyGroup group;

	/**
	 * The default value of the '{@link #getSupervisionMethod() <em>Supervision Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPERVISION_METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupervisionMethod() <em>Supervision Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionMethod()
	 * @generated
	 * @ordered
	 */
	protected String supervisionMethod = SUPERVISION_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadlineText() <em>Deadline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineText()
	 * @generated
	 * @ordered
	 */
	protected static final String DEADLINE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadlineText() <em>Deadline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineText()
	 * @generated
	 * @ordered
	 */
	protected String deadlineText = DEADLINE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccountabilityCases() <em>Accountability Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountabilityCases()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNTABILITY_CASES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccountabilityCases() <em>Accountability Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountabilityCases()
	 * @generated
	 * @ordered
	 */
	protected String accountabilityCases = ACCOUNTABILITY_CASES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOtherColumns() <em>Other Columns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<ColumnValue> otherColumns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DutyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.DUTY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkArea getWorkArea() {
		if (workArea != null && workArea.eIsProxy()) {
			InternalEObject oldWorkArea = (InternalEObject)workArea;
			workArea = (WorkArea)eResolveProxy(oldWorkArea);
			if (workArea != oldWorkArea) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ZerenPackage.DUTY__WORK_AREA, oldWorkArea, workArea));
			}
		}
		return workArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkArea basicGetWorkArea() {
		return workArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkArea(WorkArea newWorkArea) {
		WorkArea oldWorkArea = workArea;
		workArea = newWorkArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__WORK_AREA, oldWorkArea, workArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegalReference> getLegalReferences() {
		if (legalReferences == null) {
			legalReferences = new EObjectContainmentEList<LegalReference>(LegalReference.class, this, ZerenPackage.DUTY__LEGAL_REFERENCES);
		}
		return legalReferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Party> getSupervisingParties() {
		if (supervisingParties == null) {
			supervisingParties = new EObjectResolvingEList<Party>(Party.class, this, ZerenPackage.DUTY__SUPERVISING_PARTIES);
		}
		return supervisingParties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Duty getDelegatedFrom() {
		if (delegatedFrom != null && delegatedFrom.eIsProxy()) {
			InternalEObject oldDelegatedFrom = (InternalEObject)delegatedFrom;
			delegatedFrom = (Duty)eResolveProxy(oldDelegatedFrom);
			if (delegatedFrom != oldDelegatedFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ZerenPackage.DUTY__DELEGATED_FROM, oldDelegatedFrom, delegatedFrom));
			}
		}
		return delegatedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Duty basicGetDelegatedFrom() {
		return delegatedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelegatedFrom(Duty newDelegatedFrom) {
		Duty oldDelegatedFrom = delegatedFrom;
		delegatedFrom = newDelegatedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__DELEGATED_FROM, oldDelegatedFrom, delegatedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recurrence getRecurrence() {
		return recurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurrence(Recurrence newRecurrence) {
		Recurrence oldRecurrence = recurrence;
		recurrence = newRecurrence == null ? RECURRENCE_EDEFAULT : newRecurrence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__RECURRENCE, oldRecurrence, recurrence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountabilityMeasure> getAccountabilityMeasures() {
		if (accountabilityMeasures == null) {
			accountabilityMeasures = new EDataTypeUniqueEList<AccountabilityMeasure>(AccountabilityMeasure.class, this, ZerenPackage.DUTY__ACCOUNTABILITY_MEASURES);
		}
		return accountabilityMeasures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequiredEvidence() {
		if (requiredEvidence == null) {
			requiredEvidence = new EDataTypeUniqueEList<String>(String.class, this, ZerenPackage.DUTY__REQUIRED_EVIDENCE);
		}
		return requiredEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DutyList getList() {
		if (eContainerFeatureID() != ZerenPackage.DUTY__LIST) return null;
		return (DutyList)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetList(DutyList newList, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newList, ZerenPackage.DUTY__LIST, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setList(DutyList newList) {
		if (newList != eInternalContainer() || (eContainerFeatureID() != ZerenPackage.DUTY__LIST && newList != null)) {
			if (EcoreUtil.isAncestor(this, newList))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newList != null)
				msgs = ((InternalEObject)newList).eInverseAdd(this, ZerenPackage.DUTY_LIST__DUTIES, DutyList.class, msgs);
			msgs = basicSetList(newList, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__LIST, newList, newList));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DutyGroup getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (DutyGroup)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ZerenPackage.DUTY__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DutyGroup basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(DutyGroup newGroup) {
		DutyGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupervisionMethod() {
		return supervisionMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisionMethod(String newSupervisionMethod) {
		String oldSupervisionMethod = supervisionMethod;
		supervisionMethod = newSupervisionMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__SUPERVISION_METHOD, oldSupervisionMethod, supervisionMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeadlineText() {
		return deadlineText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadlineText(String newDeadlineText) {
		String oldDeadlineText = deadlineText;
		deadlineText = newDeadlineText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__DEADLINE_TEXT, oldDeadlineText, deadlineText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountabilityCases() {
		return accountabilityCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountabilityCases(String newAccountabilityCases) {
		String oldAccountabilityCases = accountabilityCases;
		accountabilityCases = newAccountabilityCases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY__ACCOUNTABILITY_CASES, oldAccountabilityCases, accountabilityCases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ColumnValue> getOtherColumns() {
		if (otherColumns == null) {
			otherColumns = new EObjectContainmentEList<ColumnValue>(ColumnValue.class, this, ZerenPackage.DUTY__OTHER_COLUMNS);
		}
		return otherColumns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ZerenPackage.DUTY__LIST:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetList((DutyList)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ZerenPackage.DUTY__LEGAL_REFERENCES:
				return ((InternalEList<?>)getLegalReferences()).basicRemove(otherEnd, msgs);
			case ZerenPackage.DUTY__LIST:
				return basicSetList(null, msgs);
			case ZerenPackage.DUTY__OTHER_COLUMNS:
				return ((InternalEList<?>)getOtherColumns()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case ZerenPackage.DUTY__LIST:
				return eInternalContainer().eInverseRemove(this, ZerenPackage.DUTY_LIST__DUTIES, DutyList.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ZerenPackage.DUTY__CODE:
				return getCode();
			case ZerenPackage.DUTY__TITLE:
				return getTitle();
			case ZerenPackage.DUTY__TEXT:
				return getText();
			case ZerenPackage.DUTY__WORK_AREA:
				if (resolve) return getWorkArea();
				return basicGetWorkArea();
			case ZerenPackage.DUTY__LEGAL_REFERENCES:
				return getLegalReferences();
			case ZerenPackage.DUTY__SUPERVISING_PARTIES:
				return getSupervisingParties();
			case ZerenPackage.DUTY__DELEGATED_FROM:
				if (resolve) return getDelegatedFrom();
				return basicGetDelegatedFrom();
			case ZerenPackage.DUTY__RECURRENCE:
				return getRecurrence();
			case ZerenPackage.DUTY__DEADLINE:
				return getDeadline();
			case ZerenPackage.DUTY__ACCOUNTABILITY_MEASURES:
				return getAccountabilityMeasures();
			case ZerenPackage.DUTY__REQUIRED_EVIDENCE:
				return getRequiredEvidence();
			case ZerenPackage.DUTY__LIST:
				return getList();
			case ZerenPackage.DUTY__CATEGORY:
				return getCategory();
			case ZerenPackage.DUTY__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case ZerenPackage.DUTY__SUPERVISION_METHOD:
				return getSupervisionMethod();
			case ZerenPackage.DUTY__DEADLINE_TEXT:
				return getDeadlineText();
			case ZerenPackage.DUTY__ACCOUNTABILITY_CASES:
				return getAccountabilityCases();
			case ZerenPackage.DUTY__OTHER_COLUMNS:
				return getOtherColumns();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ZerenPackage.DUTY__CODE:
				setCode((String)newValue);
				return;
			case ZerenPackage.DUTY__TITLE:
				setTitle((String)newValue);
				return;
			case ZerenPackage.DUTY__TEXT:
				setText((String)newValue);
				return;
			case ZerenPackage.DUTY__WORK_AREA:
				setWorkArea((WorkArea)newValue);
				return;
			case ZerenPackage.DUTY__LEGAL_REFERENCES:
				getLegalReferences().clear();
				getLegalReferences().addAll((Collection<? extends LegalReference>)newValue);
				return;
			case ZerenPackage.DUTY__SUPERVISING_PARTIES:
				getSupervisingParties().clear();
				getSupervisingParties().addAll((Collection<? extends Party>)newValue);
				return;
			case ZerenPackage.DUTY__DELEGATED_FROM:
				setDelegatedFrom((Duty)newValue);
				return;
			case ZerenPackage.DUTY__RECURRENCE:
				setRecurrence((Recurrence)newValue);
				return;
			case ZerenPackage.DUTY__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case ZerenPackage.DUTY__ACCOUNTABILITY_MEASURES:
				getAccountabilityMeasures().clear();
				getAccountabilityMeasures().addAll((Collection<? extends AccountabilityMeasure>)newValue);
				return;
			case ZerenPackage.DUTY__REQUIRED_EVIDENCE:
				getRequiredEvidence().clear();
				getRequiredEvidence().addAll((Collection<? extends String>)newValue);
				return;
			case ZerenPackage.DUTY__LIST:
				setList((DutyList)newValue);
				return;
			case ZerenPackage.DUTY__CATEGORY:
				setCategory((String)newValue);
				return;
			case ZerenPackage.DUTY__GROUP:
				setGroup((DutyGroup)newValue);
				return;
			case ZerenPackage.DUTY__SUPERVISION_METHOD:
				setSupervisionMethod((String)newValue);
				return;
			case ZerenPackage.DUTY__DEADLINE_TEXT:
				setDeadlineText((String)newValue);
				return;
			case ZerenPackage.DUTY__ACCOUNTABILITY_CASES:
				setAccountabilityCases((String)newValue);
				return;
			case ZerenPackage.DUTY__OTHER_COLUMNS:
				getOtherColumns().clear();
				getOtherColumns().addAll((Collection<? extends ColumnValue>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ZerenPackage.DUTY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ZerenPackage.DUTY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ZerenPackage.DUTY__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ZerenPackage.DUTY__WORK_AREA:
				setWorkArea((WorkArea)null);
				return;
			case ZerenPackage.DUTY__LEGAL_REFERENCES:
				getLegalReferences().clear();
				return;
			case ZerenPackage.DUTY__SUPERVISING_PARTIES:
				getSupervisingParties().clear();
				return;
			case ZerenPackage.DUTY__DELEGATED_FROM:
				setDelegatedFrom((Duty)null);
				return;
			case ZerenPackage.DUTY__RECURRENCE:
				setRecurrence(RECURRENCE_EDEFAULT);
				return;
			case ZerenPackage.DUTY__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case ZerenPackage.DUTY__ACCOUNTABILITY_MEASURES:
				getAccountabilityMeasures().clear();
				return;
			case ZerenPackage.DUTY__REQUIRED_EVIDENCE:
				getRequiredEvidence().clear();
				return;
			case ZerenPackage.DUTY__LIST:
				setList((DutyList)null);
				return;
			case ZerenPackage.DUTY__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ZerenPackage.DUTY__GROUP:
				setGroup((DutyGroup)null);
				return;
			case ZerenPackage.DUTY__SUPERVISION_METHOD:
				setSupervisionMethod(SUPERVISION_METHOD_EDEFAULT);
				return;
			case ZerenPackage.DUTY__DEADLINE_TEXT:
				setDeadlineText(DEADLINE_TEXT_EDEFAULT);
				return;
			case ZerenPackage.DUTY__ACCOUNTABILITY_CASES:
				setAccountabilityCases(ACCOUNTABILITY_CASES_EDEFAULT);
				return;
			case ZerenPackage.DUTY__OTHER_COLUMNS:
				getOtherColumns().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ZerenPackage.DUTY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ZerenPackage.DUTY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ZerenPackage.DUTY__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ZerenPackage.DUTY__WORK_AREA:
				return workArea != null;
			case ZerenPackage.DUTY__LEGAL_REFERENCES:
				return legalReferences != null && !legalReferences.isEmpty();
			case ZerenPackage.DUTY__SUPERVISING_PARTIES:
				return supervisingParties != null && !supervisingParties.isEmpty();
			case ZerenPackage.DUTY__DELEGATED_FROM:
				return delegatedFrom != null;
			case ZerenPackage.DUTY__RECURRENCE:
				return recurrence != RECURRENCE_EDEFAULT;
			case ZerenPackage.DUTY__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case ZerenPackage.DUTY__ACCOUNTABILITY_MEASURES:
				return accountabilityMeasures != null && !accountabilityMeasures.isEmpty();
			case ZerenPackage.DUTY__REQUIRED_EVIDENCE:
				return requiredEvidence != null && !requiredEvidence.isEmpty();
			case ZerenPackage.DUTY__LIST:
				return getList() != null;
			case ZerenPackage.DUTY__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case ZerenPackage.DUTY__GROUP:
				return group != null;
			case ZerenPackage.DUTY__SUPERVISION_METHOD:
				return SUPERVISION_METHOD_EDEFAULT == null ? supervisionMethod != null : !SUPERVISION_METHOD_EDEFAULT.equals(supervisionMethod);
			case ZerenPackage.DUTY__DEADLINE_TEXT:
				return DEADLINE_TEXT_EDEFAULT == null ? deadlineText != null : !DEADLINE_TEXT_EDEFAULT.equals(deadlineText);
			case ZerenPackage.DUTY__ACCOUNTABILITY_CASES:
				return ACCOUNTABILITY_CASES_EDEFAULT == null ? accountabilityCases != null : !ACCOUNTABILITY_CASES_EDEFAULT.equals(accountabilityCases);
			case ZerenPackage.DUTY__OTHER_COLUMNS:
				return otherColumns != null && !otherColumns.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", text: ");
		result.append(text);
		result.append(", recurrence: ");
		result.append(recurrence);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", accountabilityMeasures: ");
		result.append(accountabilityMeasures);
		result.append(", requiredEvidence: ");
		result.append(requiredEvidence);
		result.append(", category: ");
		result.append(category);
		result.append(", supervisionMethod: ");
		result.append(supervisionMethod);
		result.append(", deadlineText: ");
		result.append(deadlineText);
		result.append(", accountabilityCases: ");
		result.append(accountabilityCases);
		result.append(')');
		return result.toString();
	}

} //DutyImpl
